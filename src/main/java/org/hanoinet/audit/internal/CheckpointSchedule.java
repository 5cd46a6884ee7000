package org.hanoinet.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Signs a checkpoint at the configured interval whenever the log has grown since the last one. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckpointSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

	private final JdbcAuditLog auditLog;

	private final AuditProperties properties;

	CheckpointSchedule(JdbcAuditLog auditLog, AuditProperties properties) {
		this.auditLog = auditLog;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::issue, properties.checkpointInterval());
	}

	private void issue() {
		try {
			auditLog.issueCheckpointIfGrown()
				.ifPresent(checkpoint -> log.info("Signed audit checkpoint: {} leaves, root {}", checkpoint.treeSize(),
						org.hanoinet.audit.TreeHashes.hex(checkpoint.rootHash())));
		}
		catch (RuntimeException failed) {
			log.error("Could not sign an audit checkpoint; will try again in {}", properties.checkpointInterval(), failed);
		}
	}
}
