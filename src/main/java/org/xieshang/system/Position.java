package org.xieshang.system;

/** A person's function inside his party; signing and presiding rights follow from it. */
public enum Position {
    UNION_CHAIR, UNION_MEMBER, LEGAL_REPRESENTATIVE, HR, EMPLOYER_REPRESENTATIVE, RECORDER, DELEGATE,
    BUREAU_OFFICIAL, UPPER_UNION_OFFICIAL, INSTRUCTOR, ADMINISTRATOR
}
