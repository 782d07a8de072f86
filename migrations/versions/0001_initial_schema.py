"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('churn_reasons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_churn_reasons_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_churn_reasons')),
    sa.UniqueConstraint('name', name=op.f('uq_churn_reasons_name'))
    )
    op.create_table('departments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_departments_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departments')),
    sa.UniqueConstraint('name', name=op.f('uq_departments_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=50), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_sources_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('name', name=op.f('uq_sources_name'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("role IN ('owner', 'admin')", name=op.f('ck_users_role_known')),
    sa.CheckConstraint('length(trim(login)) > 0', name=op.f('ck_users_login_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_entries_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_entity_entity_id'), ['entity', 'entity_id'], unique=False)

    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('do_not_contact', sa.Boolean(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('churn_reason_id', sa.Integer(), nullable=True),
    sa.Column('churn_note', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.CheckConstraint('(left_on IS NULL) = (churn_reason_id IS NULL)', name=op.f('ck_clients_left_on_with_reason')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_clients_name_not_empty')),
    sa.CheckConstraint('referred_by_id IS NULL OR referred_by_id <> id', name=op.f('ck_clients_not_self_referred')),
    sa.ForeignKeyConstraint(['churn_reason_id'], ['churn_reasons.id'], name=op.f('fk_clients_churn_reason_id_churn_reasons')),
    sa.ForeignKeyConstraint(['referred_by_id'], ['clients.id'], name=op.f('fk_clients_referred_by_id_clients')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_clients_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients')),
    sa.UniqueConstraint('phone', name=op.f('uq_clients_phone'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clients_left_on'), ['left_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_referred_by_id'), ['referred_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_registered_on'), ['registered_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_source_id'), ['source_id'], unique=False)

    op.create_table('employees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_employees_name_not_empty')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_employees_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employees'))
    )
    op.create_table('services',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('price', sa.Integer(), nullable=False),
    sa.Column('interval_months', sa.Integer(), nullable=True),
    sa.Column('interval_km', sa.Integer(), nullable=True),
    sa.CheckConstraint('interval_km IS NULL OR interval_km > 0', name=op.f('ck_services_interval_km_positive')),
    sa.CheckConstraint('interval_months IS NULL OR interval_months > 0', name=op.f('ck_services_interval_months_positive')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_services_name_not_empty')),
    sa.CheckConstraint('price >= 0', name=op.f('ck_services_price_not_negative')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_services_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_services'))
    )
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_services_department_id'), ['department_id'], unique=False)

    op.create_table('vehicles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('make', sa.String(length=100), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('plate', sa.String(length=20), nullable=True),
    sa.Column('vin', sa.String(length=17), nullable=True),
    sa.CheckConstraint('vin IS NULL OR length(vin) = 17', name=op.f('ck_vehicles_vin_length')),
    sa.CheckConstraint('year IS NULL OR (year >= 1900 AND year <= 2100)', name=op.f('ck_vehicles_year_range')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_vehicles_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicles')),
    sa.UniqueConstraint('plate', name=op.f('uq_vehicles_plate')),
    sa.UniqueConstraint('vin', name=op.f('uq_vehicles_vin'))
    )
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vehicles_client_id'), ['client_id'], unique=False)

    op.create_table('reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('due_mileage', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'done', 'dismissed')", name=op.f('ck_reminders_status_known')),
    sa.CheckConstraint('due_mileage IS NULL OR due_mileage > 0', name=op.f('ck_reminders_due_mileage_positive')),
    sa.CheckConstraint('due_on IS NOT NULL OR due_mileage IS NOT NULL', name=op.f('ck_reminders_due_given')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_reminders_client_id_clients')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_reminders_service_id_services')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_reminders_vehicle_id_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminders'))
    )
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminders_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_status_due_on'), ['status', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('mileage', sa.Integer(), nullable=True),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('mileage_note', sa.Text(), nullable=True),
    sa.Column('revenue', sa.Integer(), nullable=False),
    sa.Column('visit_no', sa.Integer(), nullable=True),
    sa.Column('prev_started_at', sa.DateTime(), nullable=True),
    sa.Column('next_started_at', sa.DateTime(), nullable=True),
    sa.Column('cum_revenue', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('planned', 'completed', 'cancelled', 'no_show')", name=op.f('ck_visits_status_known')),
    sa.CheckConstraint('mileage IS NULL OR mileage >= 0', name=op.f('ck_visits_mileage_not_negative')),
    sa.CheckConstraint('rating IS NULL OR (rating >= 1 AND rating <= 5)', name=op.f('ck_visits_rating_range')),
    sa.CheckConstraint('revenue >= 0', name=op.f('ck_visits_revenue_not_negative')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_visits_client_id_clients')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_visits_employee_id_employees')),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], name=op.f('fk_visits_vehicle_id_vehicles')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_client_id_status_started_at'), ['client_id', 'status', 'started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_status_started_at'), ['status', 'started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_vehicle_id'), ['vehicle_id'], unique=False)

    op.create_table('inquiries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("channel IN ('call', 'walk_in', 'online', 'other')", name=op.f('ck_inquiries_channel_known')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_inquiries_client_id_clients')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_inquiries_source_id_sources')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_inquiries_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiries'))
    )
    with op.batch_alter_table('inquiries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inquiries_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiries_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiries_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inquiries_visit_id'), ['visit_id'], unique=False)

    op.create_table('visit_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('quantity_milli', sa.Integer(), nullable=False),
    sa.Column('price', sa.Integer(), nullable=False),
    sa.Column('declined', sa.Boolean(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.CheckConstraint('price >= 0', name=op.f('ck_visit_items_price_not_negative')),
    sa.CheckConstraint('quantity_milli > 0', name=op.f('ck_visit_items_quantity_positive')),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_visit_items_service_id_services')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_items_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_items'))
    )
    with op.batch_alter_table('visit_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_items_service_id'), ['service_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_items_visit_id'), ['visit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('visit_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_items_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_items_service_id'))

    op.drop_table('visit_items')
    with op.batch_alter_table('inquiries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inquiries_visit_id'))
        batch_op.drop_index(batch_op.f('ix_inquiries_source_id'))
        batch_op.drop_index(batch_op.f('ix_inquiries_received_at'))
        batch_op.drop_index(batch_op.f('ix_inquiries_client_id'))

    op.drop_table('inquiries')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_visits_status_started_at'))
        batch_op.drop_index(batch_op.f('ix_visits_employee_id'))
        batch_op.drop_index(batch_op.f('ix_visits_client_id_status_started_at'))

    op.drop_table('visits')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminders_vehicle_id'))
        batch_op.drop_index(batch_op.f('ix_reminders_status_due_on'))
        batch_op.drop_index(batch_op.f('ix_reminders_client_id'))

    op.drop_table('reminders')
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vehicles_client_id'))

    op.drop_table('vehicles')
    with op.batch_alter_table('services', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_services_department_id'))

    op.drop_table('services')
    op.drop_table('employees')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clients_source_id'))
        batch_op.drop_index(batch_op.f('ix_clients_registered_on'))
        batch_op.drop_index(batch_op.f('ix_clients_referred_by_id'))
        batch_op.drop_index(batch_op.f('ix_clients_left_on'))

    op.drop_table('clients')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_entity_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_at'))

    op.drop_table('audit_entries')
    op.drop_table('users')
    op.drop_table('sources')
    op.drop_table('settings')
    op.drop_table('departments')
    op.drop_table('churn_reasons')
