/**
 * The story desk: questions a journalist asks about a production that is only announced, in the
 * words of its press release. Depends on {@code catalog} (names and ids) and {@code collaboration}
 * (reunions), through their public services.
 */
package org.ensemble.desk;
