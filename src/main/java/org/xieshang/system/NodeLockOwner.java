package org.xieshang.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names the node in every job lock it takes (ACT_RU_JOB.LOCK_OWNER_, shown by Cockpit): the engine's default is a
 * random UUID, which tells an operator nothing about which node holds a job when one has died. The process id keeps
 * two nodes unique even when they are given the same name.
 */
@Component
class NodeLockOwner extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeLockOwner.class);

    private final String node;

    NodeLockOwner(@Value("${xieshang.node:}") String node) {
        this.node = node;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor executor = configuration.getJobExecutor();
        if (executor != null) {
            executor.setLockOwner(owner());
            log.info("Job executor of node {}: locks held for {} ms", executor.getLockOwner(), executor.getLockTimeInMillis());
        }
    }

    String owner() {
        return (node.isBlank() ? hostName() : node) + ":" + ProcessHandle.current().pid();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
