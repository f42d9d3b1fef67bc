package org.xieshang.congress;

/** One mark on a ballot line; for an evaluation the three read 称职 / 基本称职 / 不称职. */
public enum VoteChoice { FOR, AGAINST, ABSTAIN }
