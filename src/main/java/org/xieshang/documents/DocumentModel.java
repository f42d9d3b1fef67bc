package org.xieshang.documents;

/**
 * What one formal document's template reads: a record whose components are the template's variables by name
 * ({@code ${offer}}, {@code ${deadline}}), so what a letter prints is typed and checked where it is assembled.
 * Wording, legal prose and citations stay in the template and the clock configuration, never in Java strings.
 */
public interface DocumentModel {
}
