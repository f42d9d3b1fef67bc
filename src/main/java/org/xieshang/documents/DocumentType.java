package org.xieshang.documents;

import org.xieshang.system.Localized;

/**
 * The formal documents (documents.md); each renders templates/&lt;template&gt;.html. Later capabilities add
 * their documents here.
 */
public enum DocumentType {
    ENTERPRISE_PROFILE("enterprise-profile", new Localized("企业集体协商建制情况表",
            "Collective bargaining establishment sheet"));

    private final String template;
    private final Localized title;

    DocumentType(String template, Localized title) {
        this.template = template;
        this.title = title;
    }

    public String template() {
        return template;
    }

    public Localized title() {
        return title;
    }
}
