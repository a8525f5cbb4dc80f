package org.civicchat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CivicChatApplication {

    public static void main(String[] args) {
        SpringApplication.run(CivicChatApplication.class, args);
    }
}
