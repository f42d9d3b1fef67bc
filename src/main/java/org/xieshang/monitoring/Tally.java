package org.xieshang.monitoring;

/** One count of the read model: where (district, industry, park; 0 for none), when (period), what and how many. */
record Tally(long districtId, int period, Figure figure, String facet, long industryId, long parkId, long value) {

    /** The same key with another value. */
    Tally with(long newValue) {
        return new Tally(districtId, period, figure, facet, industryId, parkId, newValue);
    }
}
