package dev.newsflow.contracts;

/** Top-level topics, modelled on the IPTC Media Topics taxonomy. */
public enum Category {
    ARTS_CULTURE_ENTERTAINMENT,
    CONFLICT_WAR_PEACE,
    CRIME_LAW_JUSTICE,
    DISASTER_ACCIDENT,
    ECONOMY_BUSINESS_FINANCE,
    EDUCATION,
    ENVIRONMENT,
    HEALTH,
    HUMAN_INTEREST,
    LABOUR,
    LIFESTYLE_LEISURE,
    POLITICS,
    RELIGION,
    SCIENCE_TECHNOLOGY,
    SOCIETY,
    SPORT,
    WEATHER,
    /** No topic scored high enough to name one. */
    UNCATEGORIZED
}
