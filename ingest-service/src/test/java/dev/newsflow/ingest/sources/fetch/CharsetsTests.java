package dev.newsflow.ingest.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetsTests {

    private static final String TEXT = "Zürich – «Café» déjà vu";

    @Test
    void theContentTypeHeaderNamesTheEncoding() {
        byte[] page = ("<html><body>" + TEXT + "</body></html>").getBytes(Charset.forName("windows-1252"));

        assertThat(Charsets.decodeHtml(page, "text/html; charset=windows-1252")).contains(TEXT);
        assertThat(Charsets.decodeHtml(page, "text/html; charset=\"ISO-8859-1\"")).as("latin1 means windows-1252").contains(TEXT);
    }

    @Test
    void aMetaCharsetNamesItWhenTheHeaderDoesNot() {
        byte[] html5 = ("<html><head><meta charset=\"windows-1252\"></head><body>" + TEXT + "</body></html>")
                .getBytes(Charset.forName("windows-1252"));
        byte[] html4 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
                + "</head><body>Zürich</body></html>").getBytes(Charset.forName("iso-8859-15"));

        assertThat(Charsets.decodeHtml(html5, "text/html")).contains(TEXT);
        assertThat(Charsets.decodeHtml(html4, null)).contains("Zürich");
    }

    @Test
    void theByteOrderMarkWinsOverHeaderAndMeta() {
        byte[] body = ("<meta charset=\"windows-1252\">" + TEXT).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);

        String decoded = Charsets.decodeHtml(withBom, "text/html; charset=windows-1252");

        assertThat(decoded).startsWith("<meta").contains(TEXT);
    }

    @Test
    void utf16WithItsBom() {
        byte[] body = ("\uFEFF<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_16LE);

        assertThat(Charsets.decodeHtml(body, "text/html")).isEqualTo("<p>" + TEXT + "</p>");
    }

    @Test
    void utf8ByDefaultAndBrokenBytesBecomeReplacementCharacters() {
        byte[] body = {'<', 'p', '>', (byte) 0xc3, (byte) 0xbc, (byte) 0xff, '<', '/', 'p', '>'};

        assertThat(Charsets.decodeHtml(body, null)).isEqualTo("<p>ü\uFFFD</p>");
        assertThat(Charsets.decodeHtml(body, "text/html; charset=no-such-charset")).isEqualTo("<p>ü\uFFFD</p>");
    }
}
