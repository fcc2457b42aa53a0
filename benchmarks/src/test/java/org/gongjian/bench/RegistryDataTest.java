package org.gongjian.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryDataTest {

    @Test
    void idsAreWhatPostgresComputesAsMd5ToUuid() {
        // SELECT md5('org1')::uuid, md5('org200000')::uuid
        assertThat(RegistryData.id(1)).isEqualTo(UUID.fromString("d448b959-3670-3db7-d092-3122172fb13c"));
        assertThat(RegistryData.id(200_000)).isEqualTo(UUID.fromString("9f9bc40e-1c20-8e07-eb7f-247763f2f140"));
    }

    @Test
    void creditCodesCarryTheirCheckCharacter() {
        // a published valid code (GB 32100-2015 example)
        String known = "91350100M000100Y43";
        assertThat(known.substring(0, 17) + check(known.substring(0, 17))).isEqualTo(known);
        for (int i = 0; i < 100; i++) {
            String code = RegistryData.creditCode();
            assertThat(code).hasSize(18).startsWith("914303");
            assertThat(code.charAt(17)).isEqualTo(check(code.substring(0, 17)));
        }
    }

    @Test
    void importCsvHasTheTemplateHeadersAndOneLinePerRow() {
        String csv = new String(RegistryData.importCsv(3, "测试"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("\uFEFF名称,类型,领域");
        assertThat(lines[1]).startsWith("测试第0号企业党支部,党支部,非公企业,");
        assertThat(lines[1].split(",")).hasSize(16);
    }

    private static char check(String first17) {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += charset.indexOf(first17.charAt(i)) * weights[i];
        }
        return charset.charAt((31 - sum % 31) % 31);
    }
}
