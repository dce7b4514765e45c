package org.ensemble.collaboration;

import java.util.List;

import org.ensemble.credit.PersonSummary;

/** One row of a person's collaborators: roles read "mine>theirs", e.g. "director>actor". */
public record Collaborator(PersonSummary person, int shared, Integer first, Integer last, List<String> roles) {
}
