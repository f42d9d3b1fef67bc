package org.xieshang.documents;

import java.time.Instant;
import java.util.List;

public record StoredDocument(long id, DocumentType type, int version, String caseRef, Long enterpriseId,
                             Long federationId, String title, String fileName, String sha256, int sizeBytes,
                             String createdBy, Instant createdAt, List<String> visibleTo) {
}
