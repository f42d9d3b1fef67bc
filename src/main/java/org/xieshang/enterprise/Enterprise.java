package org.xieshang.enterprise;

public record Enterprise(long id, long districtId, String districtName, Long parkId, String parkName,
                         long industryId, String industryCode, String industryName, String name, String uscc,
                         String legalRepresentative, int headcount, Integer womenCount, Integer dispatchedCount,
                         Ownership ownership, boolean unionFounded,
                         String unionChair, DemocraticBody democraticBody, String address) {
}
