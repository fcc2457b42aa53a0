package org.gongjian.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * A user-facing text not yet put into a language: a key of a module's {@link Texts} and its arguments, read in the
 * reader's language when the answer is written. An argument that is itself a {@code Message} is read in the same
 * language. {@link #plain(String)} wraps a text that reads the same in every language.
 *
 * <pre>{@code
 * private static final Texts TEXTS = Texts.of("activity");
 * throw RuleViolation.invalid("endsAt", TEXTS.message("schedule.ends-before-start"));
 * }</pre>
 */
public final class Message {

    private final Function<Locale, String> reader;

    private Message(Function<Locale, String> reader) {
        this.reader = reader;
    }

    static Message of(Texts texts, String key, Object... arguments) {
        Object[] given = arguments.clone();
        return new Message(locale -> texts.get(locale, key, Arrays.stream(given)
                .map(argument -> argument instanceof Message message ? message.in(locale) : argument)
                .toArray()));
    }

    /** A text read by a function of the language, for texts made of other messages. */
    static Message reading(Function<Locale, String> reader) {
        return new Message(reader);
    }

    /** A text given as it is, the same in every language. */
    public static Message plain(String text) {
        return new Message(locale -> text);
    }

    /** The text in a language, its placeholders filled. */
    public String in(Locale locale) {
        return reader.apply(locale);
    }

    /** In English, for logs. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
