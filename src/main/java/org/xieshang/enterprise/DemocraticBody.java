package org.xieshang.enterprise;

/** How the workers take part in management (EDM): a workers' congress, or an all-staff meeting under 100 staff. */
public enum DemocraticBody {
    WORKERS_CONGRESS, ALL_STAFF_MEETING, NONE
}
