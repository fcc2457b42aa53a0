package org.gongjian.e2e.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid unified social credit codes (GB 32100-2015, with their check character) for organizations tests register. */
public final class CreditCodes {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** An enterprise's code in Xiangtan (91 4303 ...), random in its last nine characters. */
    public static String random() {
        StringBuilder code = new StringBuilder("91430300");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return code.append(CHARS.charAt(check == 31 ? 0 : check)).toString();
    }
}
