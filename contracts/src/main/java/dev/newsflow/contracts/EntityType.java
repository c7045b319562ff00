package dev.newsflow.contracts;

public enum EntityType {
    PERSON,
    LOCATION,
    ORGANIZATION
}
