package org.gongjian.stack;

import java.time.LocalDate;
import java.util.List;

/**
 * The seed-004 scenario of DOMAIN.md, Xiangtan High-tech Zone: 9 organ and 12 enterprise party organizations (their
 * Chinese names from the news report) and the 9 pairings, one of them an alliance of three units, that a launch
 * ceremony activates to cover all 12 enterprises. The demo data loader and the end-to-end tests register the same.
 */
public final class Seed004 {

    public static final String DISTRICT = "xiangtan-htz";

    public static final String LAUNCH_TITLE = "湘潭高新区机关党组织与“两新”党组织结对共建启动仪式";

    /** One organization of the scenario; {@code key} names its demo users ({@code secretary.<key>}, {@code liaison.<key>}). */
    public record Org(int no, String key, String name, String kind, String sector, String hostUnit, String secretary,
               int full, int probationary, String foundedOn, List<String> honours, String contact) {
        public boolean enterprise() {
            return !"ORGAN".equals(sector);
        }

        public String placeholderId() {
            return placeholder(no);
        }

        /** The e-mail address of its liaison contact (enterprises) or office contact (organs). */
        public String contactEmail() {
            return (enterprise() ? "liaison." : "office.") + key + "@gongjian.test";
        }
    }

    /** One pairing of the scenario, members named by {@link Org#key()}. */
    public record PairingSeed(String title, String type, String lead, List<String> partners, List<String> goals,
                       List<String> commitments) {
    }

    private static final List<String> FOUR_JOINTS = List.of("组织共建", "党员共学", "发展共促", "资源共享");

    public static final List<Org> ORGANIZATIONS = List.of(
            organ(1, "jijian", "湘潭高新区纪检监察党支部", "湘潭高新区纪检监察工作委员会", "刘洋", 11, 1),
            organ(2, "bangongshi", "湘潭高新区办公室党支部", "湘潭高新技术产业开发区管理委员会办公室", "陈静", 14, 0),
            organ(3, "chuangye", "湘潭高新区创业中心机关党支部", "湘潭高新区创业服务中心", "周敏", 9, 1),
            organ(4, "keji", "湘潭高新区科技创新局党支部", "湘潭高新区科技创新局", "吴磊", 12, 0),
            organ(5, "zonghe", "湘潭高新区综合协调服务中心党支部", "湘潭高新区综合协调服务中心", "赵鹏", 10, 2),
            organ(6, "dangqun", "湘潭高新区党群工作部党支部", "湘潭高新区党群工作部", "张建华", 13, 0),
            organ(7, "jingfa", "湘潭高新区经济发展局党支部", "湘潭高新区经济发展局", "何军", 15, 1),
            organ(8, "caizheng", "湘潭高新区财政局党支部", "湘潭高新区财政局", "杨帆", 8, 0),
            organ(9, "zhaoshang", "湘潭高新区招商合作局党支部", "湘潭高新区招商合作局", "邓超", 10, 1),
            enterprise(10, "jiajiamei", "BRANCH", "湘潭家家美商业连锁有限公司党支部", "湘潭家家美商业连锁有限公司", "孙丽", 18, 2, "钱芳",
                    List.of()),
            enterprise(11, "lihe", "BRANCH", "湖南利和新材料有限公司党支部", "湖南利和新材料有限公司", "蒋涛", 7, 1, "谢娜", List.of()),
            enterprise(12, "minsheng", "BRANCH", "重药控股湖南民生药业有限公司党支部", "重药控股湖南民生药业有限公司", "黄海", 21, 3, "冯玉",
                    List.of("一级示范党组织")),
            enterprise(13, "chongde", "BRANCH", "湖南崇德科技股份有限公司党支部", "湖南崇德科技股份有限公司", "曹毅", 16, 2, "袁媛",
                    List.of()),
            enterprise(14, "jianche", "BRANCH", "湘潭建车汽车服务有限公司党支部", "湘潭建车汽车服务有限公司", "许亮", 6, 1, "韩雪", List.of()),
            enterprise(15, "wanda", "BRANCH", "湘潭万达广场商圈党支部", "湘潭万达广场商业管理有限公司", "唐宁", 9, 0, "曾雯", List.of()),
            enterprise(16, "yongfei", "BRANCH", "湖南永飞科技有限公司党支部", "湖南永飞科技有限公司", "郑凯", 8, 1, "宋佳", List.of()),
            enterprise(17, "qianxun", "BRANCH", "湖南千寻信息技术有限公司党支部", "湖南千寻信息技术有限公司", "胡斌", 5, 1, "梁爽", List.of()),
            enterprise(18, "hengchuang", "BRANCH", "湘潭恒创电气有限公司党支部", "湘潭恒创电气有限公司", "沈浩", 6, 0, "董洁", List.of()),
            enterprise(19, "yifeng", "GENERAL_BRANCH", "湘潭屹丰集团有限公司党总支", "湘潭屹丰集团有限公司", "潘伟", 34, 4, "彭程",
                    List.of("二星级党组织")),
            enterprise(20, "xunda", "PARTY_COMMITTEE", "迅达电梯（湘潭）有限公司党委", "迅达电梯（湘潭）有限公司", "马超", 52, 5, "罗琳",
                    List.of("一级示范党组织")),
            enterprise(21, "dongfangjingu", "GENERAL_BRANCH", "湘潭东方金谷产业园党总支", "湘潭东方金谷产业园运营管理有限公司", "田野", 27, 2,
                    "谭勇", List.of()));

    public static final List<PairingSeed> PAIRINGS = List.of(
            new PairingSeed("纪检监察党支部与家家美党支部结对共建", "ONE_TO_ONE", "jijian", List.of("jiajiamei"),
                    List.of("廉洁文化进企业", "禁毒宣传与文明健步行"), FOUR_JOINTS),
            new PairingSeed("办公室党支部与民生药业党支部结对共建", "ONE_TO_ONE", "bangongshi", List.of("minsheng"),
                    List.of("助力打造全省一流医药物流服务商"), FOUR_JOINTS),
            new PairingSeed("创业中心机关党支部与永飞、千寻、恒创党支部结对共建", "ONE_TO_MANY", "chuangye",
                    List.of("yongfei", "qianxun", "hengchuang"), List.of("共学党规党纪", "为创业企业解难题、增动能"), FOUR_JOINTS),
            new PairingSeed("科技创新局党支部与屹丰集团党总支结对共建", "ONE_TO_ONE", "keji", List.of("yifeng"),
                    List.of("科技政策直达企业"), FOUR_JOINTS),
            new PairingSeed("综合协调服务中心“三联三建”党建联盟", "ALLIANCE", "zonghe", List.of("xunda", "dongfangjingu"),
                    List.of("凝心聚力促发展、赋能企业解难题"),
                    List.of("队伍联训、支部联建“强”起来", "活动联办、作用联动“实”起来", "诉求联解、服务联动“暖”起来")),
            new PairingSeed("党群工作部党支部与建车汽车服务党支部结对共建", "ONE_TO_ONE", "dangqun", List.of("jianche"),
                    List.of("规范支部建设"), FOUR_JOINTS),
            new PairingSeed("经济发展局党支部与崇德科技党支部结对共建", "ONE_TO_ONE", "jingfa", List.of("chongde"),
                    List.of("产业政策宣讲到企业"), FOUR_JOINTS),
            new PairingSeed("财政局党支部与利和新材料党支部结对共建", "ONE_TO_ONE", "caizheng", List.of("lihe"),
                    List.of("惠企资金政策解读"), FOUR_JOINTS),
            new PairingSeed("招商合作局党支部与万达商圈党支部结对共建", "ONE_TO_ONE", "zhaoshang", List.of("wanda"),
                    List.of("商圈党建促消费"), FOUR_JOINTS));

    /** The placeholder that stands in the realm JSON for organization {@code no} until the loader has run. */
    public static String placeholder(int no) {
        return "5eed0004-0000-4000-8000-%012d".formatted(no);
    }

    private static Org organ(int no, String key, String name, String host, String secretary, int full, int probationary) {
        return new Org(no, key, name, "BRANCH", "ORGAN", host, secretary, full, probationary,
                LocalDate.of(2009, 3, 1).plusMonths(no * 7L).toString(), List.of(), "办公室联络员");
    }

    private static Org enterprise(int no, String key, String kind, String name, String host, String secretary, int full,
                                  int probationary, String contact, List<String> honours) {
        return new Org(no, key, name, kind, "NON_PUBLIC_ENTERPRISE", host, secretary, full, probationary,
                LocalDate.of(2012, 7, 1).plusMonths(no * 5L).toString(), honours, contact);
    }

    static String phone(long base, int no) {
        return Long.toString(base + no * 37L);
    }

    /**
     * A well-formed unified social credit code (GB 32100-2015) for a demo organization: {@code 91} (enterprise) or
     * {@code 11} (government body), Xiangtan's division code 430300, an organization code with its GB 11714 check
     * character, and the final check character. Fictional, but passes checksum validation.
     */
    public static String creditCode(Org org) {
        String prefix = (org.enterprise() ? "91" : "11") + "430300";
        String orgBase = "MA4L" + String.format("%04d", 1000 + org.no() * 173);
        String orgCode = orgBase + gb11714Check(orgBase);
        String first17 = prefix + orgCode;
        return first17 + gb32100Check(first17);
    }

    /**
     * A well-formed enterprise credit code in Xiangtan ({@code 91 430300 ...}) whose organization code is random, for
     * organizations registered beyond the scenario's (load and fault-injection runs).
     */
    public static String randomCreditCode() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder base = new StringBuilder();
        while (base.length() < 8) {
            base.append((char) ('0' + random.nextInt(10)));
        }
        String first17 = "91430300" + base + gb11714Check(base.toString());
        return first17 + gb32100Check(first17);
    }

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static char gb32100Check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return USCC_CHARS.charAt(c == 31 ? 0 : c);
    }

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    static char gb11714Check(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = first8.charAt(i);
            int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 11 ? '0' : c == 10 ? 'X' : (char) ('0' + c);
    }

    private Seed004() {
    }
}
