/** Taking many articles in one request ({@code POST /api/v1/articles/batch}), each judged and answered on its own. */
package dev.newsflow.ingest.batch;
