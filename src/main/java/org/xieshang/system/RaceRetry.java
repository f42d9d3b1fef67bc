package org.xieshang.system;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * A job that failed only because another job of the same case changed it at the same moment runs again at once.
 * With two nodes this happens: each node's acquisition keeps one case's jobs apart only from the jobs it already
 * holds, so two timers of one case fall due together and run on both nodes, and one loses with an
 * OptimisticLockingException. Camunda keeps that job's retries, but a model's retry cycle (R3/PT5M, meant for a
 * mail server or a renderer that is down) would still push it five minutes out, so a reminder or a deadline waits
 * for nothing. The cycle keeps applying to every other failure.
 */
@Component
class RaceRetry extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory((jobId, failure) -> new Command(jobId, failure));
    }

    private static final class Command extends DefaultJobRetryCmd {

        Command(String jobId, Throwable failure) {
            super(jobId, failure);
        }

        @Override
        public Object execute(CommandContext context) {
            if (exception instanceof OptimisticLockingException) {
                executeStandardStrategy(context);
                return null;
            }
            return super.execute(context);
        }
    }
}
