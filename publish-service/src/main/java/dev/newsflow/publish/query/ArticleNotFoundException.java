package dev.newsflow.publish.query;

class ArticleNotFoundException extends RuntimeException {

    ArticleNotFoundException(String id) {
        super("No article with id '" + id + "' is stored");
    }
}
