package org.a6gateway.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.DefaultJobParametersValidator;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code report} job: one step that writes the ordered report into the reports folder, under
 * the job execution's id, first to a temporary name so a half-written file is never served, and
 * keeps the checks the report ran with the job in the step's transaction: a completed job has both.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

    static final String JOB_NAME = "report";
    static final String ORDER = "order";
    static final String FILE = "reportFile";

    @Bean
    Job reportJob(JobRepository repository, Step reportStep) {
        // A report needs its order: refused without one, so it is never launched bare by name (JobControl).
        return new JobBuilder(JOB_NAME, repository).incrementer(new RunIdIncrementer())
                .validator(new DefaultJobParametersValidator(new String[] {ORDER}, new String[0])).start(reportStep).build();
    }

    @Bean
    Step reportStep(JobRepository repository, PlatformTransactionManager tx, Reports reports, ReportChecks checks,
                    ObjectMapper json, @Value("${a6.reports.dir:./data/reports}") Path folder) {
        var promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {FILE});
        return new StepBuilder("report", repository)
                .tasklet((contribution, chunk) -> {
                    var step = chunk.getStepContext().getStepExecution();
                    var order = json.readValue(step.getJobParameters().getString(ORDER), ReportOrder.class);
                    Files.createDirectories(folder);
                    var file = folder.resolve(step.getJobExecutionId() + "-" + order.fileName());
                    var partial = folder.resolve(file.getFileName() + ".part");
                    List<PreSubmissionCheck> ran;
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        ran = reports.write(order, out);
                    }
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    checks.keep(step.getJobExecutionId(), ran);
                    step.getExecutionContext().putString(FILE, file.toAbsolutePath().toString());
                    return RepeatStatus.FINISHED;
                }, tx)
                .listener(promotion)
                .build();
    }
}
