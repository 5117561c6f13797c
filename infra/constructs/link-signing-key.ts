import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/**
 * The HMAC key approval links will be signed with (ARCHITECTURE invariant 5). Nothing reads it yet,
 * so nothing is granted: the workflow issue binds it to the functions that sign and verify links.
 */
export class LinkSigningKey extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: 'HMAC-SHA256 key for Mitwirken approval links',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Links that are out in people's mailboxes stay verifiable even if the stack is replaced.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the link-signing HMAC key would invalidate every approval link already emailed; rotation with a key-id scheme (old keys verify, the newest signs) is planned in the workflow issue.',
    });
  }
}
