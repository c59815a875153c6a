import { registerEnumType } from '@nestjs/graphql';
import { CooperationMode, IpStatus, ProjectStatus, Role, SixCan } from '@sixcan/domain';

// Domain enums shared by several contexts are registered once, here.
registerEnumType(Role, { name: 'Role', description: 'What a member may do in an organisation.' });
registerEnumType(SixCan, {
  name: 'SixCan',
  description: 'The six-can criteria: can attend, convert, transfer, trade, cross borders, land locally.',
});
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(CooperationMode, { name: 'CooperationMode' });
registerEnumType(IpStatus, { name: 'IpStatus' });
