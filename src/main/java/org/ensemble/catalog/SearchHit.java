package org.ensemble.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One search result: a person (with name) or a work (with title and year). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(String id, String name, String title, Integer year, String type, double score) {
}
