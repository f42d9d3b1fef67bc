package org.xieshang.contract;

/**
 * What a filing package holds (CCR Art. 42 and local practice), in the order the filing form lists it. The form and
 * the contract page word each kind (message key filing.item.KIND); a row keeps only its detail (a title, a number).
 */
public enum FilingItem {
    CONTRACT, DESCRIPTION, STANDING, WAGE_DATA, RESOLUTION, CREDENTIALS, MINUTES, COORDINATION, SUPPLEMENT
}
