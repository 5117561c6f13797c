// Values the integration globalSetup (test/support/integration-setup.ts) provides to every test file.
declare module 'vitest' {
  export interface ProvidedContext {
    /** DynamoDB Local, e.g. http://127.0.0.1:43125 */
    dynamoEndpoint: string;
    /** The local SES; sent mail as JSON at `${sesEndpoint}/store`. */
    sesEndpoint: string;
    /** The single table, created like the CDK stack creates it. */
    tableName: string;
  }
}

export {};
