package dev.newsflow.ingest.sources.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newsflow.ingest.sources.SourceKind;

/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom with Rome. Rome refuses DOCTYPE declarations (its default
 * since 1.5.1, kept here explicitly), which rules out external entities, external DTDs and entity
 * expansion bombs; its XmlReader picks the encoding from the Content-Type, the BOM and the XML
 * declaration.
 */
final class RomeFeeds {

    private RomeFeeds() {
    }

    static Listing parse(byte[] body, String contentType, URI base, int limit) throws ListingException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new ListingException("Not a readable feed: " + rootMessage(e), e);
        }
        Items items = new Items(base, limit);
        for (SyndEntry entry : feed.getEntries()) {
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(link(entry), entry.getUri(), entry.getTitle(), date == null ? null : date.toInstant(),
                    author(entry), entry.getDescription() == null ? null : entry.getDescription().getValue(),
                    content(entry), feed.getLanguage());
        }
        return items.listing(SourceKind.FEED, feed.getFeedType(), List.of());
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                return link.getHref();
            }
        }
        return null;
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return entry.getAuthor();
        }
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                return person.getName();
            }
        }
        return null;
    }

    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() <= 200 ? message : message.substring(0, 197) + "...";
    }
}
