package org.xieshang.deadlines;

import java.time.LocalDate;

/** Which days are working days in a province, and for which years the State Council's notice is known. */
interface WorkingDays {

    boolean isWorkingDay(LocalDate day, String province);

    boolean hasNotice(int year, String province);
}
