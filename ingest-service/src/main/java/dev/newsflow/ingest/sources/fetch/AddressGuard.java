package dev.newsflow.ingest.sources.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SSRF guard: a host is fetched only when every address its name resolves to is public, or
 * when configuration allows it ({@code INGEST_FETCH_ALLOWED_HOSTS}: host names, addresses and CIDR
 * ranges). Checked after DNS resolution and again for every redirect, before anything is sent.
 *
 * <p>The check resolves names through the JVM's resolver, whose cache (30 s by default) then hands
 * the HttpClient's connect the very addresses that were checked, which narrows DNS rebinding to a
 * record expiring in the few milliseconds between the two.
 */
public final class AddressGuard {

    /** How names become addresses; the JVM's resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private record Range(byte[] network, int prefix) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }

    // not public: the special-purpose registries (RFC 6890 and successors) beyond what InetAddress knows
    private static final List<Range> NOT_PUBLIC = List.of(
            range("0.0.0.0/8"), range("100.64.0.0/10"), range("192.0.0.0/24"), range("192.0.2.0/24"),
            range("198.18.0.0/15"), range("198.51.100.0/24"), range("203.0.113.0/24"), range("240.0.0.0/4"),
            range("fc00::/7"), range("2001:db8::/32"), range("2001::/32"), range("100::/64"));

    private final Set<String> allowedNames;
    private final List<Range> allowedRanges;
    private final Resolver resolver;

    public AddressGuard(List<String> allowed, Resolver resolver) {
        this.resolver = resolver;
        List<Range> ranges = new ArrayList<>();
        for (String entry : allowed) {
            Range range = literalRange(entry);
            if (range != null) {
                ranges.add(range);
            }
        }
        this.allowedRanges = List.copyOf(ranges);
        this.allowedNames = allowed.stream().filter(entry -> literalRange(entry) == null)
                .map(entry -> entry.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static AddressGuard systemResolver(List<String> allowed) {
        return new AddressGuard(allowed, InetAddress::getAllByName);
    }

    /**
     * The addresses of the URL's host, all of them allowed; {@link FetchRefusedException} when one
     * is not, {@link FetchException} ({@link FetchException.Reason#DNS}) when the name does not resolve.
     */
    public List<InetAddress> check(URI uri) throws FetchException {
        String host = hostOf(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.DNS, "The host name " + host + " does not resolve (DNS)");
        }
        if (allowedNames.contains(host.toLowerCase(Locale.ROOT))) {
            return List.of(addresses);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && allowedRanges.stream().noneMatch(range -> range.contains(address))) {
                throw new FetchRefusedException("Refused to fetch " + WebUrls.abbreviate(uri.toString()) + ": " + host
                        + " resolves to " + address.getHostAddress() + ", a " + kind(address)
                        + " address (INGEST_FETCH_ALLOWED_HOSTS can allow it)");
            }
        }
        return List.of(addresses);
    }

    /** Whether the address is on the public internet (not private, loopback, link-local, reserved ...). */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet6Address v6) {
            InetAddress embedded = embeddedIpv4(v6.getAddress());
            if (embedded != null && !isPublic(embedded)) {
                return false;
            }
        }
        return NOT_PUBLIC.stream().noneMatch(range -> range.contains(address));
    }

    /** IPv4 inside IPv6: IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002::/16. */
    private static InetAddress embeddedIpv4(byte[] v6) {
        try {
            boolean leadingZeros = true;
            for (int i = 0; i < 12; i++) {
                leadingZeros &= v6[i] == 0;
            }
            boolean nat64 = v6[0] == 0 && v6[1] == 0x64 && v6[2] == (byte) 0xff && v6[3] == (byte) 0x9b;
            for (int i = 4; nat64 && i < 12; i++) {
                nat64 = v6[i] == 0;
            }
            if (leadingZeros || nat64) {
                return InetAddress.getByAddress(new byte[] {v6[12], v6[13], v6[14], v6[15]});
            }
            if (v6[0] == 0x20 && v6[1] == 0x02) {
                return InetAddress.getByAddress(new byte[] {v6[2], v6[3], v6[4], v6[5]});
            }
            return null;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes always make an IPv4 address", e);
        }
    }

    private static String kind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local" + (address.getHostAddress().equals("169.254.169.254") ? " (cloud metadata)" : "");
        }
        if (address.isSiteLocalAddress() || range("fc00::/7").contains(address)) {
            return "private";
        }
        if (address.isAnyLocalAddress()) {
            return "wildcard";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        return "reserved (not public)";
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        // the URI keeps IPv6 literals in brackets
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** An address or CIDR range given as a literal, else null (a host name). */
    private static Range literalRange(String entry) {
        String text = entry.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        String[] parts = text.split("/", 2);
        if (!looksLikeAddress(parts[0])) {
            return null;
        }
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("INGEST_FETCH_ALLOWED_HOSTS: bad prefix length in " + entry);
            }
            return new Range(network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("INGEST_FETCH_ALLOWED_HOSTS: not an address or range: " + entry, e);
        }
    }

    private static boolean looksLikeAddress(String text) {
        // a literal never triggers a DNS lookup in getByName: IPv6 has ':', IPv4 is digits and dots
        return text.contains(":") || text.matches("[0-9.]+");
    }

    private static Range range(String cidr) {
        return literalRange(cidr);
    }
}
