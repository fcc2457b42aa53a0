package org.gongjian.registry.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid unified social credit codes for tests, computed with a routine of the test's own (GB 32100-2015), checked
 * against known-good codes in CreditCodeTest.
 */
public final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** A fresh valid code of a company registered in Xiangtan (91 4303 …). */
    public static String random() {
        StringBuilder code = new StringBuilder("914303");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(CHARSET.charAt(random.nextInt(CHARSET.length())));
        }
        return code.append(check(code.toString())).toString();
    }

    /** The same code with a wrong check character. */
    public static String broken(String valid) {
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }
}
