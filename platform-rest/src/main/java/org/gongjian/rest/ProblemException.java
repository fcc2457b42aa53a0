package org.gongjian.rest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A refusal that answers as a problem response. {@code kind} names the problem type
 * ({@code https://gongjian.org/problems/<kind>}) and its title in the message bundle. The detail and each field's
 * message are {@link Message}s, read in the caller's language when the answer is written; the constructors taking
 * a {@code String} give text that reads the same in every language.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final Message detail;
    private final List<Field> fields;

    /** A field the problem names, with what is wrong with it. */
    public record Field(String field, Message message) {
    }

    /** With a detail of its own; {@code null} joins the fields' messages ({@code field: message; …}). */
    public ProblemException(int status, String kind, Message detail, List<Field> fields) {
        super((String) null);
        this.status = status;
        this.kind = kind;
        this.detail = detail;
        this.fields = List.copyOf(fields);
    }

    public ProblemException(int status, String kind, String detail, List<Problem.FieldError> errors) {
        this(status, kind, Message.plain(detail),
                errors.stream().map(error -> new Field(error.field(), Message.plain(error.message()))).toList());
    }

    public ProblemException(int status, String kind, String detail) {
        this(status, kind, detail, List.of());
    }

    public ProblemException(int status, String kind, Message detail) {
        this(status, kind, detail, List.of());
    }

    /** 404: also the answer for anything outside the caller's scope, so that its existence is not revealed. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", ProblemTitles.detail("not-found", ProblemTitles.thing(what), id));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(field, Message.plain(message));
    }

    public static ProblemException invalid(String field, Message message) {
        return new ProblemException(400, "validation", (Message) null, List.of(new Field(field, message)));
    }

    /** 409: the request is well formed but the thing is not in a state that allows it. */
    public static ProblemException conflict(String detail) {
        return conflict(Message.plain(detail));
    }

    public static ProblemException conflict(Message detail) {
        return new ProblemException(409, "conflict", detail);
    }

    /** 403: the caller may see the thing but not do this to it. */
    public static ProblemException forbidden(String detail) {
        return forbidden(Message.plain(detail));
    }

    public static ProblemException forbidden(Message detail) {
        return new ProblemException(403, "forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    /** The detail as a text still to be read in a language, e.g. to be quoted in another problem's detail. */
    public Message detail() {
        return detail != null ? detail : Message.reading(locale -> fields.stream()
                .map(field -> field.field() + ": " + field.message().in(locale))
                .collect(Collectors.joining("; ")));
    }

    /** The detail in a language. */
    public String detail(Locale locale) {
        return detail().in(locale);
    }

    /** The fields named, their messages in a language. */
    public List<Problem.FieldError> errors(Locale locale) {
        return fields.stream().map(field -> new Problem.FieldError(field.field(), field.message().in(locale))).toList();
    }

    /** The fields named, their messages in zh-CN. */
    public List<Problem.FieldError> errors() {
        return errors(Languages.DEFAULT);
    }

    public List<Field> fields() {
        return fields;
    }

    /** The detail in English, for logs. */
    @Override
    public String getMessage() {
        return detail(Locale.ENGLISH);
    }
}
