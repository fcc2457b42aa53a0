package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the seed-004 scenario (Xiangtan High-tech Zone, DOMAIN.md) through the public API of the gateway, as
 * {@code admin.zhang} would: 9 organ and 12 enterprise party organizations, 9 pairings that cover all 12
 * enterprises (one of them an alliance of three units), and one launch ceremony that activates them all.
 * Then it points the demo users' {@code org} attribute, a placeholder in the realm JSON
 * ({@code 5eed0004-0000-4000-8000-0000000000NN}, NN = the organization's number below), at the organization the
 * registry created. Runs once per stack (marker file {@code demo-data.json}); safe to re-run after a failure
 * (organizations and pairings that already exist by name/title are reused).
 */
public final class DemoData {

    public static final String DISTRICT = "xiangtan-htz";
    public static final String LOADER_USER = "admin.zhang";
    public static final String DEMO_PASSWORD = "gongjian";

    /** What {@link #load()} did. */
    public enum Outcome { LOADED, ALREADY_LOADED, SKIPPED_NO_GATEWAY }

    /** The gateway answered, but refused the data. */
    public static final class RejectedException extends StackException {
        RejectedException(String message) {
            super(message);
        }
    }

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

    public static final String LAUNCH_TITLE = "湘潭高新区机关党组织与“两新”党组织结对共建启动仪式";

    private final StackConfig config;
    private final LocalStack stack;
    private final LocalDate today;

    public DemoData(LocalStack stack) {
        this(stack, LocalDate.now());
    }

    DemoData(LocalStack stack, LocalDate today) {
        this.stack = stack;
        this.config = stack.config();
        this.today = today;
    }

    public Path marker() {
        return config.baseDir().resolve("demo-data.json");
    }

    /** The placeholder that stands in the realm JSON for organization {@code no} until the loader has run. */
    public static String placeholder(int no) {
        return "5eed0004-0000-4000-8000-%012d".formatted(no);
    }

    /**
     * Loads the scenario once.
     *
     * @throws RejectedException when the gateway is up but refuses a request
     */
    public Outcome load() {
        if (Files.isRegularFile(marker())) {
            return Outcome.ALREADY_LOADED;
        }
        if (!stack.gatewayReady()) {
            return Outcome.SKIPPED_NO_GATEWAY;
        }
        String api = config.gatewayUrl() + "/api";
        String token = stack.accessToken(LOADER_USER, DEMO_PASSWORD);

        Map<String, String> orgIds = new LinkedHashMap<>();
        Map<String, String> existingOrgs = existing(api + "/organizations?size=200", token, "name");
        for (Org org : ORGANIZATIONS) {
            String id = existingOrgs.get(org.name());
            if (id == null) {
                id = create(api + "/organizations", token, organizationJson(org));
            }
            orgIds.put(org.key(), id);
        }
        say("  demo data: " + orgIds.size() + " organizations (" + ORGANIZATIONS.stream().filter(Org::enterprise).count()
                + " enterprises)");
        int fixed = fixUpUsers(orgIds);
        say("  demo data: " + fixed + " demo users now carry their organization's id in attribute org");

        Map<String, String> existingPairings = existing(api + "/pairings?size=200", token, "title");
        List<String> pairingIds = new ArrayList<>();
        List<String> toLaunch = new ArrayList<>();
        for (PairingSeed p : PAIRINGS) {
            String id = existingPairings.get(p.title());
            if (id == null) {
                id = create(api + "/pairings", token, pairingJson(p, orgIds));
                toLaunch.add(id);
            }
            pairingIds.add(id);
        }
        say("  demo data: " + pairingIds.size() + " pairings proposed");
        if (!toLaunch.isEmpty()) {
            ObjectNode launch = Http.JSON.createObjectNode()
                    .put("title", LAUNCH_TITLE)
                    .put("heldOn", today.toString());
            ArrayNode ids = launch.putArray("pairingIds");
            toLaunch.forEach(ids::add);
            create(api + "/launches", token, launch);
            say("  demo data: launch ceremony activated " + toLaunch.size() + " pairings");
        }
        writeMarker(orgIds, pairingIds);
        return Outcome.LOADED;
    }

    private Map<String, String> existing(String url, String token, String field) {
        Map<String, String> byName = new HashMap<>();
        Http.Response r = Http.get(url, token, Duration.ofSeconds(30));
        if (r.ok()) {
            for (JsonNode item : r.json().path("items")) {
                if (item.hasNonNull(field) && item.hasNonNull("id")) {
                    byName.put(item.get(field).asText(), item.get("id").asText());
                }
            }
        }
        return byName;
    }

    private String create(String url, String token, JsonNode body) {
        Http.Response r = Http.sendJson("POST", url, token, body);
        if (!r.ok()) {
            throw new RejectedException("POST " + url + " answered HTTP " + r.status() + ": " + Http.abbreviate(r.body())
                    + "\n  request: " + Http.abbreviate(body.toString()));
        }
        String body2 = r.body();
        if (body2 != null && !body2.isBlank()) {
            JsonNode json = r.json();
            if (json.hasNonNull("id")) {
                return json.get("id").asText();
            }
        }
        String location = r.header("Location");
        if (location != null) {
            return location.substring(location.lastIndexOf('/') + 1);
        }
        return "";
    }

    /** The body of {@code POST /api/organizations} for a scenario organization. */
    public static ObjectNode organizationJson(Org org) {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("district", DISTRICT);
        o.put("name", org.name());
        o.put("kind", org.kind());
        o.put("sector", org.sector());
        o.putNull("parentId");
        o.putObject("hostUnit").put("name", org.hostUnit()).put("creditCode", creditCode(org));
        o.putObject("secretary").put("name", org.secretary()).put("phone", phone(138_7320_0000L, org.no()));
        ObjectNode contact = o.putArray("contacts").addObject();
        contact.put("name", org.contact())
                .put("phone", phone(159_7321_0000L, org.no()))
                .put("email", org.contactEmail())
                .put("language", "zh-CN");
        o.putObject("members").put("full", org.full()).put("probationary", org.probationary());
        o.put("foundedOn", org.foundedOn());
        ArrayNode honours = o.putArray("honours");
        org.honours().forEach(honours::add);
        return o;
    }

    ObjectNode pairingJson(PairingSeed p, Map<String, String> orgIds) {
        return pairingJson(p, orgIds, today);
    }

    /**
     * The body of {@code POST /api/pairings} for a scenario pairing: cadence one activity a month, a two-year term
     * from {@code termStart}.
     *
     * @param orgIds organization ids by {@link Org#key()}
     */
    public static ObjectNode pairingJson(PairingSeed p, Map<String, String> orgIds, LocalDate termStart) {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("district", DISTRICT);
        o.put("title", p.title());
        o.put("type", p.type());
        o.put("leadId", orgIds.get(p.lead()));
        ArrayNode partners = o.putArray("partnerIds");
        p.partners().forEach(k -> partners.add(orgIds.get(k)));
        ObjectNode agreement = o.putObject("agreement");
        ArrayNode goals = agreement.putArray("goals");
        p.goals().forEach(goals::add);
        ArrayNode commitments = agreement.putArray("commitments");
        p.commitments().forEach(commitments::add);
        agreement.putObject("cadence").put("count", 1).put("period", "MONTH");
        o.putObject("term").put("start", termStart.toString()).put("end", termStart.plusYears(2).minusDays(1).toString());
        return o;
    }

    /**
     * Points every demo user whose {@code org} attribute in the realm JSON is a placeholder at the organization the
     * registry created for it. Works from the realm JSON (not from the users' current values), so it also repairs
     * users that still carry ids of an earlier load.
     */
    private int fixUpUsers(Map<String, String> orgIds) {
        return pointUsersAtOrganizations(config, orgIds);
    }

    /**
     * Points every demo user of the realm JSON whose {@code org} is a placeholder at the organization that now
     * stands for it (for tests that register the scenario's organizations themselves). Tokens issued afterwards
     * carry the real ids.
     *
     * @param orgIds organization ids by {@link Org#key()}
     * @return how many users were changed
     */
    public static int pointUsersAtOrganizations(LocalStack stack, Map<String, String> orgIds) {
        return pointUsersAtOrganizations(stack.config(), orgIds);
    }

    private static int pointUsersAtOrganizations(StackConfig config, Map<String, String> orgIds) {
        Map<String, String> byPlaceholder = new HashMap<>();
        for (Org org : ORGANIZATIONS) {
            byPlaceholder.put(org.placeholderId(), orgIds.get(org.key()));
        }
        Map<String, String> wanted = new LinkedHashMap<>(); // username -> organization id
        try (InputStream in = Keycloak.realmJson(config)) {
            for (JsonNode u : Http.JSON.readTree(in).path("users")) {
                String id = byPlaceholder.get(u.path("attributes").path("org").path(0).asText(""));
                if (id != null && !id.isBlank()) {
                    wanted.put(u.path("username").asText(), id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm JSON", e);
        }
        KeycloakAdmin admin = KeycloakAdmin.of(config);
        int fixed = 0;
        for (Map.Entry<String, String> w : wanted.entrySet()) {
            if (admin.setOrganization(w.getKey(), w.getValue())) {
                fixed++;
            }
        }
        return fixed;
    }

    private void writeMarker(Map<String, String> orgIds, List<String> pairingIds) {
        ObjectNode m = Http.JSON.createObjectNode();
        m.put("loadedAt", OffsetDateTime.now().toString());
        m.put("scenario", "seed-004 Xiangtan High-tech Zone");
        ObjectNode orgs = m.putObject("organizations");
        orgIds.forEach(orgs::put);
        ArrayNode pairings = m.putArray("pairings");
        pairingIds.forEach(pairings::add);
        try {
            Files.writeString(marker(), Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void say(String s) {
        config.out().accept(s);
    }

    // ---- data helpers ----

    private static Org organ(int no, String key, String name, String host, String secretary, int full, int probationary) {
        return new Org(no, key, name, "BRANCH", "ORGAN", host, secretary, full, probationary,
                LocalDate.of(2009, 3, 1).plusMonths(no * 7L).toString(), List.of(), "办公室联络员");
    }

    private static Org enterprise(int no, String key, String kind, String name, String host, String secretary, int full,
                                  int probationary, String contact, List<String> honours) {
        return new Org(no, key, name, kind, "NON_PUBLIC_ENTERPRISE", host, secretary, full, probationary,
                LocalDate.of(2012, 7, 1).plusMonths(no * 5L).toString(), honours, contact);
    }

    private static String phone(long base, int no) {
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
}
