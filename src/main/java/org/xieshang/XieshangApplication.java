package org.xieshang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class XieshangApplication {

    public static void main(String[] args) {
        SpringApplication.run(XieshangApplication.class, args);
    }
}
