package org.gongjian.registry.domain;

import org.gongjian.rest.Message;
import org.gongjian.rest.Texts;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character set, the
 * first the registration authority, the second the type of entity, the last a check character over the first 17.
 */
public final class CreditCode {

    private static final Texts TEXTS = Texts.of("registry");

    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String AUTHORITIES = "123456789ABCDEFGHY";

    private CreditCode() {
    }

    /** Why a code is not valid, or empty when it is. The code is expected upper case and trimmed. */
    public static Optional<Message> problem(String code) {
        if (code.length() != 18) {
            return Optional.of(TEXTS.message("creditCode.length"));
        }
        for (int i = 0; i < code.length(); i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(TEXTS.message("creditCode.character", i + 1));
            }
        }
        if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
            return Optional.of(TEXTS.message("creditCode.authority"));
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.of(TEXTS.message("creditCode.check"));
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return code != null && problem(code).isEmpty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
