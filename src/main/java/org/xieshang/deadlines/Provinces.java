package org.xieshang.deadlines;

import java.util.Map;

import org.xieshang.system.Localized;

/** Province-level divisions by their GB/T 2260 code, so pages name the province whose rules apply, not its code. */
public final class Provinces {

    private static final Map<String, Localized> NAMES = Map.ofEntries(
            Map.entry("110000", new Localized("北京市", "Beijing")),
            Map.entry("120000", new Localized("天津市", "Tianjin")),
            Map.entry("130000", new Localized("河北省", "Hebei")),
            Map.entry("140000", new Localized("山西省", "Shanxi")),
            Map.entry("150000", new Localized("内蒙古自治区", "Inner Mongolia")),
            Map.entry("210000", new Localized("辽宁省", "Liaoning")),
            Map.entry("220000", new Localized("吉林省", "Jilin")),
            Map.entry("230000", new Localized("黑龙江省", "Heilongjiang")),
            Map.entry("310000", new Localized("上海市", "Shanghai")),
            Map.entry("320000", new Localized("江苏省", "Jiangsu")),
            Map.entry("330000", new Localized("浙江省", "Zhejiang")),
            Map.entry("340000", new Localized("安徽省", "Anhui")),
            Map.entry("350000", new Localized("福建省", "Fujian")),
            Map.entry("360000", new Localized("江西省", "Jiangxi")),
            Map.entry("370000", new Localized("山东省", "Shandong")),
            Map.entry("410000", new Localized("河南省", "Henan")),
            Map.entry("420000", new Localized("湖北省", "Hubei")),
            Map.entry("430000", new Localized("湖南省", "Hunan")),
            Map.entry("440000", new Localized("广东省", "Guangdong")),
            Map.entry("450000", new Localized("广西壮族自治区", "Guangxi")),
            Map.entry("460000", new Localized("海南省", "Hainan")),
            Map.entry("500000", new Localized("重庆市", "Chongqing")),
            Map.entry("510000", new Localized("四川省", "Sichuan")),
            Map.entry("520000", new Localized("贵州省", "Guizhou")),
            Map.entry("530000", new Localized("云南省", "Yunnan")),
            Map.entry("540000", new Localized("西藏自治区", "Tibet")),
            Map.entry("610000", new Localized("陕西省", "Shaanxi")),
            Map.entry("620000", new Localized("甘肃省", "Gansu")),
            Map.entry("630000", new Localized("青海省", "Qinghai")),
            Map.entry("640000", new Localized("宁夏回族自治区", "Ningxia")),
            Map.entry("650000", new Localized("新疆维吾尔自治区", "Xinjiang")),
            Map.entry("710000", new Localized("台湾省", "Taiwan")),
            Map.entry("810000", new Localized("香港特别行政区", "Hong Kong")),
            Map.entry("820000", new Localized("澳门特别行政区", "Macao")));

    private Provinces() {
    }

    /** The province's name; an unknown code stands for itself. */
    public static Localized name(String code) {
        return NAMES.getOrDefault(code, new Localized(code, code));
    }
}
