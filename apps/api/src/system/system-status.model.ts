import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HealthState {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(HealthState, { name: 'HealthState' });

@ObjectType()
export class ComponentHealth {
  @Field()
  name!: string;

  @Field(() => HealthState)
  status!: HealthState;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field(() => Float, { nullable: true })
  latencyMs!: number | null;
}

@ObjectType()
export class SystemStatus {
  @Field()
  version!: string;

  @Field()
  environment!: string;

  @Field(() => HealthState)
  status!: HealthState;

  @Field()
  checkedAt!: Date;

  @Field(() => [ComponentHealth])
  components!: ComponentHealth[];
}
