package org.xieshang.enterprise;

import java.util.Locale;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xieshang.deadlines.DeadlineService;
import org.xieshang.deadlines.Clock;
import org.xieshang.documents.DocumentModel;
import org.xieshang.documents.DocumentService;
import org.xieshang.documents.DocumentType;
import org.xieshang.documents.StoredDocument;
import org.xieshang.system.AccessPolicy;
import org.xieshang.system.NotFoundException;
import org.xieshang.system.PartyDirectory;
import org.xieshang.system.PortalUser;

/**
 * 企业集体协商建制情况表: the registry facts and the clocks that apply, for the enterprise's two sides and the
 * district's officials (the campaign report in legal-notes (a) 32 counts these).
 */
@Service
class EnterpriseProfileDocument {

    private final EnterpriseRegistry registry;
    private final DocumentService documents;
    private final DeadlineService deadlines;
    private final MessageSource messages;
    private final AccessPolicy access;

    EnterpriseProfileDocument(EnterpriseRegistry registry, DocumentService documents, DeadlineService deadlines,
                              MessageSource messages, AccessPolicy access) {
        this.access = access;
        this.registry = registry;
        this.documents = documents;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    /** The sheet's facts; ownership and democratic body already worded in Chinese, the language of the sheet. */
    record Profile(Enterprise enterprise, String ownership, String democraticBody, List<Federation> federations,
                   Collection<Clock> clocks, LocalDate generatedOn) implements DocumentModel {
    }

    StoredDocument generate(long enterpriseId, PortalUser user) {
        Enterprise enterprise = registry.get(enterpriseId, user);
        Set<String> visibleTo = Set.of(PartyDirectory.unionOf(enterpriseId), PartyDirectory.employerOf(enterpriseId),
                PartyDirectory.labourBureauOf(enterprise.districtId()), PartyDirectory.upperUnionOf(enterprise.districtId()));
        // Only a party that will be able to read the sheet may produce it (administrators never: roles.md).
        if (access.readableDocumentParties(user).stream().noneMatch(visibleTo::contains)) {
            throw new NotFoundException("enterprise profile of " + enterpriseId);
        }
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        return documents.generate(new DocumentService.Request(DocumentType.ENTERPRISE_PROFILE,
                        "enterprise-" + enterpriseId, enterpriseId, null,
                        DocumentType.ENTERPRISE_PROFILE.title().zh() + "-" + enterprise.name(), visibleTo, user.userId()),
                new Profile(enterprise, messages.getMessage("ownership." + enterprise.ownership(), null, zh),
                        messages.getMessage("democraticBody." + enterprise.democraticBody(), null, zh),
                        registry.federationsCovering(enterpriseId), deadlines.clocks().values(), deadlines.today()));
    }
}
