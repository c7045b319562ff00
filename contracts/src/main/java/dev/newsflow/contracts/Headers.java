package dev.newsflow.contracts;

/**
 * Record header names. CloudEvents attributes use the Kafka protocol binding's binary mode;
 * outside producers never have to set any of them.
 */
public final class Headers {

    public static final String CE_ID = "ce_id";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    /** When ingest-service accepted the article (ISO-8601); the start of end-to-end latency. */
    public static final String INGESTED_AT = "newsflow_ingested_at";

    /** Dead-letter headers: why a record could not be processed and where it came from. */
    public static final String DLT_REASON = "newsflow_dlt_reason";
    public static final String DLT_EXCEPTION = "newsflow_dlt_exception";
    public static final String DLT_MESSAGE = "newsflow_dlt_message";
    public static final String DLT_TOPIC = "newsflow_dlt_topic";
    public static final String DLT_PARTITION = "newsflow_dlt_partition";
    public static final String DLT_OFFSET = "newsflow_dlt_offset";

    private Headers() {
    }
}
