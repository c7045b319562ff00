package dev.newsflow.publish.query;

import dev.newsflow.contracts.EntityType;

/** @param articles how many stored articles (their newest versions) mention the entity */
record EntityCount(String name, EntityType type, long articles) {
}
