package org.gongjian.notification.domain;

/** In what capacity a person receives a notice. */
public enum RecipientRole {
    /** A liaison contact (联络人) of an organization. */
    LIAISON,
    /** The secretary (书记) of an organization. */
    SECRETARY,
    /** The district committee (区委组织部门). */
    COMMITTEE,
    /** One person of the district committee, by the e-mail address of their account (the daily digest). */
    COMMITTEE_MEMBER
}
