/** Whether the broker answers, for /actuator/health. */
package dev.newsflow.enrich.health;
