package org.gongjian.events.activity;

/**
 * The kind of a joint activity.
 *
 * <p>Published language: a consumer fails on a value it does not know, so adding a value is a breaking
 * change and needs new event type versions.
 */
public enum ActivityType {
    /** 座谈交流. */
    SYMPOSIUM,
    /** 主题党日. */
    THEMED_PARTY_DAY,
    /** 微党课. */
    PARTY_LESSON,
    /** 学习研讨. */
    STUDY_SESSION,
    /** 参观学习. */
    SITE_VISIT,
    /** 志愿服务. */
    VOLUNTEER_SERVICE,
    /** 培训. */
    TRAINING,
    /** 红歌、知识竞赛 and the like. */
    CULTURAL,
    OTHER
}
