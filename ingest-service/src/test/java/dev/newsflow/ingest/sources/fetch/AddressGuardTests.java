package dev.newsflow.ingest.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTests {

    /** A resolver that knows a few made-up names and nothing else, so no test touches DNS. */
    private static final Map<String, String[]> NAMES = Map.of(
            "news.example", new String[] {"93.184.216.34"},
            "intranet.example", new String[] {"10.1.2.3"},
            "rebinding.example", new String[] {"93.184.216.34", "10.0.0.7"},
            "metadata.example", new String[] {"169.254.169.254"});

    private static AddressGuard guard(String... allowed) {
        return new AddressGuard(List.of(allowed), host -> {
            String[] addresses = NAMES.get(host);
            if (addresses == null) {
                if (host.matches("[0-9.]+") || host.contains(":")) {
                    return new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/feed", "http://10.255.255.255/", "http://172.16.0.1/", "http://192.168.1.1/",
            "http://127.0.0.1:8080/", "http://127.1.2.3/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
            "http://100.64.0.1/", "http://[::1]/", "http://[::]/", "http://[fc00::1]/", "http://[fd00:ec2::254]/",
            "http://[fe80::1]/", "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a00:1]/", "http://[2002:a00:1::]/",
            "http://224.0.0.1/", "http://255.255.255.255/", "http://intranet.example/", "http://metadata.example/",
            "http://rebinding.example/"})
    void refusesAddressesThatAreNotPublicAfterResolvingTheName(String url) {
        assertThatThrownBy(() -> guard().check(URI.create(url)))
                .isInstanceOf(FetchRefusedException.class)
                .hasMessageContaining("INGEST_FETCH_ALLOWED_HOSTS");
    }

    @Test
    void saysWhatKindOfAddressItRefused() {
        assertThatThrownBy(() -> guard().check(URI.create("http://metadata.example/")))
                .hasMessageContaining("169.254.169.254").hasMessageContaining("cloud metadata");
        assertThatThrownBy(() -> guard().check(URI.create("http://[::1]:9/"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> guard().check(URI.create("http://10.0.0.1/"))).hasMessageContaining("private");
    }

    @Test
    void publicAddressesPass() throws FetchException {
        assertThat(guard().check(URI.create("https://news.example/feed"))).hasSize(1);
        assertThat(guard().check(URI.create("http://93.184.216.34/"))).hasSize(1);
        assertThat(guard().check(URI.create("http://[2606:2800:220:1:248:1893:25c8:1946]/"))).hasSize(1);
    }

    @Test
    void allowedAddressesRangesAndNamesPassButNothingElse() throws FetchException {
        AddressGuard guard = guard("127.0.0.1", "192.168.0.0/16", "intranet.example", "[::1]");

        assertThat(guard.check(URI.create("http://127.0.0.1:8090/feed.xml"))).hasSize(1);
        assertThat(guard.check(URI.create("http://192.168.44.5/"))).hasSize(1);
        assertThat(guard.check(URI.create("http://intranet.example/"))).hasSize(1);
        assertThat(guard.check(URI.create("http://[::1]/"))).hasSize(1);
        assertThatThrownBy(() -> guard.check(URI.create("http://127.0.0.2/"))).isInstanceOf(FetchRefusedException.class);
        assertThatThrownBy(() -> guard.check(URI.create("http://10.0.0.1/"))).isInstanceOf(FetchRefusedException.class);
        assertThatThrownBy(() -> guard.check(URI.create("http://169.254.169.254/"))).isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void aNameThatDoesNotResolveIsATransientDnsFailure() {
        assertThatThrownBy(() -> guard().check(URI.create("http://nowhere.invalid/")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FetchException.Reason.DNS);
                    assertThat(e.reason().isTransient()).isTrue();
                });
    }

    @Test
    void aBadAllowListEntryFailsAtStart() {
        assertThatThrownBy(() -> guard("10.0.0.0/40")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INGEST_FETCH_ALLOWED_HOSTS");
    }
}
