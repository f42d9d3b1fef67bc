package org.xieshang.offer;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

/** The employer's written answer as typed in the portal. */
public class AnswerForm implements java.io.Serializable {

    private AnswerKind kind;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime meetingAt;
    private String meetingPlace;
    private String reason;

    public AnswerKind getKind() { return kind; }
    public void setKind(AnswerKind kind) { this.kind = kind; }
    public LocalDateTime getMeetingAt() { return meetingAt; }
    public void setMeetingAt(LocalDateTime meetingAt) { this.meetingAt = meetingAt; }
    public String getMeetingPlace() { return meetingPlace; }
    public void setMeetingPlace(String meetingPlace) { this.meetingPlace = meetingPlace; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
