/** The filter grammar shared by search, facets and the stream: parsing, checking, and its SQL. */
package dev.newsflow.publish.filter;
