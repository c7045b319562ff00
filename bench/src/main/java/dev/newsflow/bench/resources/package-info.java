/** CPU, resident memory and heap of the stack's processes while the bench runs. */
package dev.newsflow.bench.resources;
