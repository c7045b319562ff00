package dev.newsflow.publish.query;

import dev.newsflow.contracts.EnrichedArticle;
import dev.newsflow.publish.PublishProperties;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/articles")
class ArticleQueryController {

    private final ArticleReader reader;
    private final CursorCodec cursors;
    private final PublishProperties.Paging paging;

    ArticleQueryController(ArticleReader reader, CursorCodec cursors, PublishProperties properties) {
        this.reader = reader;
        this.cursors = cursors;
        this.paging = properties.paging();
    }

    @GetMapping("/{id}")
    EnrichedArticle article(@PathVariable String id) {
        return reader.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    @GetMapping
    ArticlePage articles(@RequestParam MultiValueMap<String, String> params) {
        return reader.list(ListRequest.parse(params, paging.defaultLimit(), paging.maxLimit(), cursors));
    }
}
