import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@sixcan/domain';

// Domain enums shared by several contexts are registered once, here.
registerEnumType(Role, { name: 'Role', description: 'What a member may do in an organisation.' });
