package org.gongjian.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Organizations for the read and search measures, written straight into registry-service's table with
 * {@code generate_series} (the API would take hours at province scale). Only registry-service holds them: no events are
 * published, so the other services' projections do not know them. Ids are {@code md5('org' || n)}, so pgbench and
 * the load generator can name the same rows without a list.
 */
final class RegistryData {

    static final String HOME_DISTRICT = "xiangtan-htz";

    private RegistryData() {
    }

    /** Loads {@code total} organizations: {@code home} of them (numbers 1..home) in the home district, the rest over 99 others. */
    static void load(String jdbcUrl, String user, String password, int total, int home) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO organization (id, district, name, kind, sector, parent_id, host_unit_name, credit_code,
                        secretary_name, secretary_phone, contacts, members_full, members_probationary, founded_on, honours,
                        status, created_at, updated_at, version)
                    SELECT md5('org' || g)::uuid,
                           CASE WHEN g <= %d THEN '%s' ELSE 'bench-' || (g %% 99) END,
                           n.name, 'BRANCH',
                           (ARRAY['ORGAN','STATE_ENTERPRISE','NON_PUBLIC_ENTERPRISE','SOCIAL_ORGANIZATION','COMMUNITY'])[1 + g %% 5],
                           NULL, n.name || '所在单位', NULL, '李书记', '13807320001',
                           '[{"name":"王联络","phone":"0731-58888888","email":"wang@example.cn","language":"zh-CN"}]'::jsonb,
                           8 + g %% 20, g %% 3, DATE '2019-07-01' + (g %% 1500), '[]'::jsonb, 'ACTIVE',
                           now() - (g %% 1000) * interval '1 hour', now(), 1
                    FROM generate_series(1, %d) g,
                    LATERAL (SELECT (ARRAY['湘潭','长沙','株洲','岳阳','衡阳','邵阳','常德','益阳','郴州','永州',
                                           '怀化','娄底','张家界','吉首','韶山','湘乡','醴陵','浏阳','宁乡','耒阳'])[1 + g %% 20]
                                 || (ARRAY['科技','电子','机械','建材','新能源','医药','物流','食品','智能','材料',
                                           '软件','化工','纺织','汽车','装备','环保','农业','金融','文旅','建设',
                                           '光电','通信','数据','精密','生物','钢铁','电力','矿业','水务','交通'])[1 + (g / 20) %% 30]
                                 || (ARRAY['发展','创新','实业','工程','集团','服务','制造','贸易','研究院','控股',
                                           '技术','产业','设计','咨询','投资','网络','信息','能源','资源','开发'])[1 + (g / 600) %% 20]
                                 || (ARRAY['有限公司党支部','股份有限公司党委','有限责任公司党总支','公司第一党支部',
                                           '公司第二党支部','中心党支部','社区党总支'])[1 + (g / 12000) %% 7] AS name) n
                    """.formatted(home, HOME_DISTRICT, total));
            s.execute("VACUUM ANALYZE organization");
        }
    }

    /** The id of organization number {@code n} (1-based), as {@code md5('org' || n)::uuid} computes it. */
    static UUID id(int n) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("org" + n).getBytes(StandardCharsets.UTF_8));
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = (hi << 8) | (md5[i] & 0xff);
                lo = (lo << 8) | (md5[8 + i] & 0xff);
            }
            return new UUID(hi, lo);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A valid unified social credit code (GB 32100-2015) of a company registered in Xiangtan. */
    static String creditCode() {
        StringBuilder code = new StringBuilder("914303");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(CHARSET.charAt(random.nextInt(CHARSET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return code.append(CHARSET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** The import template's CSV (the headers registry-service's import reads) with {@code rows} enterprise branches. */
    static byte[] importCsv(int rows, String prefix) {
        StringBuilder csv = new StringBuilder("\uFEFF名称,类型,领域,上级组织ID,所在单位,统一社会信用代码,书记,书记电话,联系人,联系电话,联系邮箱,联系人语言,正式党员数,预备党员数,成立日期,荣誉\r\n");
        for (int i = 0; i < rows; i++) {
            String name = prefix + "第" + i + "号企业党支部";
            csv.append(String.join(",", name, "党支部", "非公企业", "", name + "公司", creditCode(), "李书记", "13807320001",
                    "王联络", "0731-58888888", "wang@example.cn", "中文", "8", "1", "2019-07-01", "一级示范党组织；先进基层党组织"))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
